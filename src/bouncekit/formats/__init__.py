"""The formats bouncekit reads: a registry, the format declarations and their readers.

Webhook JSON of the sending services lives in ``formats.webhooks``.
"""
