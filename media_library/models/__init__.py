from .card_sets import Card, CardSet
from .documents import CustomDocument
from .images import CustomImage, CustomRendition
from .library import LibraryPage
from .materials import Material

__all__ = [
    "Card",
    "CardSet",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "LibraryPage",
    "Material",
]
