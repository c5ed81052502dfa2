"""The programme's languages: which language versions a page has, the request's language,
translation review and status, and the translation buttons of the admin's listings."""
