"""The video platforms editors may embed, and how a link to one of their videos becomes a player.

The list is short on purpose: each entry is a host the Content-Security-Policy lets pages frame
(after the visitor clicks), so adding one is a privacy decision. Players come from the
platforms' privacy-enhanced hosts: youtube-nocookie.com, and Vimeo with Do Not Track.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit


@dataclass(frozen=True)
class VideoProvider:
    name: str
    # Hosts an editor's link may name, and the pattern that finds the video in its path.
    link_hosts: frozenset[str]
    path_pattern: re.Pattern[str]
    embed_origin: str
    embed_path: str
    watch_url: str
    embed_parameters: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class VideoLink:
    provider: VideoProvider
    video_id: str
    # Vimeo's unlisted videos need their hash ("h") in the player's address.
    unlisted_hash: str = ""

    @property
    def embed_url(self) -> str:
        parameters = list(self.provider.embed_parameters)
        if self.unlisted_hash:
            parameters.insert(0, ("h", self.unlisted_hash))
        query = f"?{urlencode(parameters)}" if parameters else ""
        path = self.provider.embed_path.format(id=self.video_id)
        return f"{self.provider.embed_origin}{path}{query}"

    @property
    def watch_url(self) -> str:
        url = self.provider.watch_url.format(id=self.video_id)
        return f"{url}/{self.unlisted_hash}" if self.unlisted_hash else url


YOUTUBE = VideoProvider(
    name="YouTube",
    link_hosts=frozenset(
        {
            "youtube.com",
            "www.youtube.com",
            "m.youtube.com",
            "youtu.be",
            "youtube-nocookie.com",
            "www.youtube-nocookie.com",
        }
    ),
    # /watch?v=… is read from the query; these are the paths that carry the id themselves.
    path_pattern=re.compile(r"^/(?:embed/|shorts/|live/)?(?P<id>[A-Za-z0-9_-]{11})/?$"),
    embed_origin="https://www.youtube-nocookie.com",
    embed_path="/embed/{id}",
    watch_url="https://www.youtube.com/watch?v={id}",
    embed_parameters=(("autoplay", "1"), ("rel", "0")),
)
VIMEO = VideoProvider(
    name="Vimeo",
    link_hosts=frozenset({"vimeo.com", "www.vimeo.com", "player.vimeo.com"}),
    path_pattern=re.compile(r"^/(?:video/)?(?P<id>[0-9]{6,12})(?:/(?P<hash>[0-9a-f]{6,20}))?/?$"),
    embed_origin="https://player.vimeo.com",
    embed_path="/video/{id}",
    watch_url="https://vimeo.com/{id}",
    embed_parameters=(("autoplay", "1"), ("dnt", "1")),
)
PROVIDERS = (YOUTUBE, VIMEO)
# What the Content-Security-Policy's frame-src allows besides this host.
EMBED_ORIGINS = tuple(provider.embed_origin for provider in PROVIDERS)


def parse_video_link(url: str) -> VideoLink | None:
    """The video an https link points to, if it is on an allowed platform; None otherwise."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a malformed address, e.g. a port that is not a number
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or parts.username or parts.password or port:
        return None
    for provider in PROVIDERS:
        if host not in provider.link_hosts:
            continue
        path = parts.path
        if provider is YOUTUBE and path.rstrip("/") == "/watch":
            path = "/" + (parse_qs(parts.query).get("v") or [""])[0]
        match = provider.path_pattern.match(path)
        if match is None:
            return None
        return VideoLink(provider, match["id"], match.groupdict().get("hash") or "")
    return None
