"""The channels a customer meets a brand through, as named by the seed articles."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    """A touchpoint channel. Values are the stable file spelling; labels are for people."""

    WEB = "web"
    APP = "app"
    EMAIL = "email"
    SMS = "sms"
    PUSH = "push"
    SOCIAL = "social"
    SEARCH_ADS = "search_ads"
    PHONE = "phone"
    CHAT = "chat"
    STORE = "store"
    POST = "post"
    EVENT = "event"
    OTHER = "other"


#: Whether a channel is usually online; a touchpoint may override it.
CHANNEL_IS_ONLINE: dict[Channel, bool] = {
    Channel.WEB: True,
    Channel.APP: True,
    Channel.EMAIL: True,
    Channel.SMS: True,
    Channel.PUSH: True,
    Channel.SOCIAL: True,
    Channel.SEARCH_ADS: True,
    Channel.PHONE: False,
    Channel.CHAT: True,
    Channel.STORE: False,
    Channel.POST: False,
    Channel.EVENT: False,
    Channel.OTHER: False,
}

CHANNEL_LABELS: dict[str, dict[Channel, str]] = {
    "en": {
        Channel.WEB: "Web",
        Channel.APP: "App",
        Channel.EMAIL: "Email",
        Channel.SMS: "SMS",
        Channel.PUSH: "Push",
        Channel.SOCIAL: "Social media",
        Channel.SEARCH_ADS: "Search / ads",
        Channel.PHONE: "Phone",
        Channel.CHAT: "Chat",
        Channel.STORE: "Store / in person",
        Channel.POST: "Post",
        Channel.EVENT: "Event",
        Channel.OTHER: "Other",
    },
    "es": {
        Channel.WEB: "Web",
        Channel.APP: "App",
        Channel.EMAIL: "Correo electrónico",
        Channel.SMS: "SMS",
        Channel.PUSH: "Notificación push",
        Channel.SOCIAL: "Redes sociales",
        Channel.SEARCH_ADS: "Buscadores / anuncios",
        Channel.PHONE: "Teléfono",
        Channel.CHAT: "Chat",
        Channel.STORE: "Tienda / en persona",
        Channel.POST: "Correo postal",
        Channel.EVENT: "Evento",
        Channel.OTHER: "Otro",
    },
}


def channel_label(channel: Channel, lang: str = "en") -> str:
    """Return the human label of a channel in ``lang`` (English when unknown)."""
    return CHANNEL_LABELS.get(lang, CHANNEL_LABELS["en"])[channel]
