"""Knowledge: rulepacks (channels, opening hours, escalation ladders, clocks) and pure rules on them."""
