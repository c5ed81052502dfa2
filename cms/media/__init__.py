"""Images and videos on public pages: the renditions each place shows and their making at
publish time, the media rights panel, and the video platforms editors may embed."""
