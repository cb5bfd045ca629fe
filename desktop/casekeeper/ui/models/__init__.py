"""Qt item models over the DTOs that services return."""
