"""Web: the server-rendered site and the JSON API over a :class:`Store`."""

from reception.web.app import create_app

__all__ = ["create_app"]
