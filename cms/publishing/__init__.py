"""Publishing: the reviewed revision goes live (reviewed.py), and what follows every change
visitors can see runs in one written order (pipeline.py).

Wagtail imports `publish_reviewed_revision` from here while its models load: this package
imports no models at the top.
"""

from .reviewed import publish_reviewed_revision

__all__ = ["publish_reviewed_revision"]
