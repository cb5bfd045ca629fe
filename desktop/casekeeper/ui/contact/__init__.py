"""Contact Klarna: channels open or closed now, and corrections to Klarna's details."""
