"""Evidence: the exhibits of a case, attaching, opening and showing them."""
