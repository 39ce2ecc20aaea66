"""Drop-in interfaces of other bounce libraries, backed by bouncekit (``compat.flufl``)."""
