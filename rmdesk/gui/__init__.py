"""The Qt window. The only package that imports PySide6.

Importing it also makes PySide's import hook cheap (see :func:`uses_pyside`)."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs PySide's import hook, made cheaper below

_feature = sys.modules.get("shibokensupport.feature")
_asked_by_source = getattr(_feature, "_mod_uses_pyside", None)


def uses_pyside(module: ModuleType) -> bool:
    """PySide's question of each module imported after it (does its source name "PySide6"? for the
    opt-in ``__feature__`` switches), asked of the module's loader. PySide asks it with
    ``inspect.getsource``, which walks every loaded module on each call: about 20 ms of a start
    from the sources. The installed app's loaders answer the same way (no source: no)."""
    get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
    if get_source is not None:
        try:
            source = get_source(module.__name__)
        except Exception:  # whatever a loader raises, the question is asked as PySide asks it
            pass
        else:
            return source is not None and "PySide6" in source
    return bool(_asked_by_source(module)) if _asked_by_source is not None else False


if _asked_by_source is not None:
    _feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
