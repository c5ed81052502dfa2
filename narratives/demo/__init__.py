"""Demo content for the narrative CMS: German texts, generated files, fictional people only.

Entry points: `build_demo_content` (management command `load_demo_content`) and
`accounts.ensure_admin` / `accounts.ensure_role_user` (command `ensure_demo_admin`).
"""
