"""Knowledge: rulepacks of channels, opening hours, ladders and deadline clocks. Pure, no Qt."""
