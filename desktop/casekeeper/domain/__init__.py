"""Domain: enums, tables, pure rules and the frozen DTOs the upper layers exchange. No Qt, no I/O."""
