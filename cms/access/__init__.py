"""Who may do what: the roles as groups, their setup with the review workflows, and the
permission questions the apps ask."""
