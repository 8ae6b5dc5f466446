"""Read → normalise → outline → extract → resolve: text of a directive to a `Record`."""
