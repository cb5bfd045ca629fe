"""Knowledge: rulepacks (channels, hours, escalation ladders, clocks) and pure rules on them."""
