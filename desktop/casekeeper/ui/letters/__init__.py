"""Letters: write a letter from the case, edit the draft, mark it as sent."""
