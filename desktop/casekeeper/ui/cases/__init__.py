"""Cases: the list, the header, the Details tab, new and closed cases."""
