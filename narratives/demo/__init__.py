"""Demo content for the narrative CMS: German texts, generated files, fictional people only.

The texts and their translations are data (data/*.toml), read into typed records by
`content.load_texts`; the builders turn them into pages, snippets, images and documents.
Entry points: `builder.build_demo_content` (management command `load_demo_content`) and
`accounts.ensure_admin` / `accounts.ensure_role_user` (command `ensure_demo_admin`).
"""
