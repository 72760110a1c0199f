"""Use cases, one module per area. Every mutation is one function in one transaction."""
