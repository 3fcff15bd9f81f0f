"""Headers every response carries, HTML, JSON and static files alike.

A page may not be framed by another site (clickjacking), browsers may not guess a type
other than the one sent (a review's text served as JSON never runs as script), and links
out of the site do not leak the address the reader came from.
"""

from __future__ import annotations

from reception.web.cache import ASGIApp, Message, Receive, Scope, Send

FRAME_ANCESTORS = "frame-ancestors 'none'"
ALWAYS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)
NO_CONTENT_POLICY = b"default-src 'none'; " + FRAME_ANCESTORS.encode()
"""For responses without their own policy (JSON, static files): load nothing, frame nowhere."""


def with_security_headers(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """``headers`` with the security headers added where missing; a page's own content
    policy is kept and gains ``frame-ancestors`` if it lacks one."""
    present = {name.lower() for name, _ in headers}
    out = []
    for name, value in headers:
        if name.lower() == b"content-security-policy" and b"frame-ancestors" not in value:
            value = value + b"; " + FRAME_ANCESTORS.encode()
        out.append((name, value))
    out.extend((name, value) for name, value in ALWAYS if name not in present)
    if b"content-security-policy" not in present:
        out.append((b"content-security-policy", NO_CONTENT_POLICY))
    return out


class SecurityHeaders:
    """ASGI middleware adding :func:`with_security_headers` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = with_security_headers(list(message.get("headers") or []))
            await send(message)

        await self.app(scope, receive, send_secured)
