"""Helpers shared by the test suite: content builders, small maps, the soak switch."""
