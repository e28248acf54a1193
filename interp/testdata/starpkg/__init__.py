"""A package for the from m import * tests."""
