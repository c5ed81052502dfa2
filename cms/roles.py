"""Names of the groups that stand for the programme's roles (created by the workflow set-up)."""

COMMUNICATION = "Redaktion"
SUBJECT_REVIEW = "Fachprüfung"
PRIVACY_REVIEW = "Datenschutz"
SIGN_OFF = "Freigabe"
ADMINISTRATION = "Administration"
PRACTITIONERS = "Fachkräfte"
