"""Review in the editor: approval where the content is edited, the submit action's wording,
emergency publishing, the reviewers' dashboard and the review mails."""
