"""Date and time formats per admin language (FORMAT_MODULE_PATH), for what Django lacks.

The admin's date pickers write one format in every admin language (settings
WAGTAIL_DATE_FORMAT, German); each language's form fields must read it back.
"""
