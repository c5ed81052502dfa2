"""Defences of the site and its data: Content-Security-Policy, login throttling, password
reset, rich text sanitising, bidirectional controls, links to offline pages, log retention."""
