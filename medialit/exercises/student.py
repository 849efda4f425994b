"""Who is answering: student names in any script, the default student, renaming without losing work.

**How a name becomes a file.** A name is kept exactly as typed (``"Лена Смирнова"``,
``"Zoë Müller"``, ``"O'Brien-Nasser"``) and shown that way. Two names are the same
student when they are equal after :func:`name_key`: Unicode NFC, case folding and
whitespace collapsed, so ``"Ana López"`` and ``"ana  lópez "`` are one student, while
``"Léa Martin"`` and ``"Lía Martin"`` are two. The answer file is a readable ASCII
slug plus a short hash of the key (``lena-smirnova-6c5f0e2a9d.jsonl``): safe on
Windows, macOS and Linux, and two different keys never share a file (the first
line of a file names its student; a file that belongs to someone else is never
written into). Every record also carries the name as typed, its key, and the
optional student id.

**Who answers by default.** ``set_student()`` in this kernel, else the name set
earlier for this computer account (saved in ``<progress>/names/``, so every lesson
and kernel agrees), else ``$MEDIALIT_STUDENT``, else the JupyterHub user
(``$JUPYTERHUB_USER``), else the computer's user name. Account names many people
share (``root``, ``jovyan``, ``user`` ...) are *generic*: lesson 00 then asks for a
name with :func:`name_box`, and :func:`whoami` says so at the top of every lesson.

**Renaming keeps the work.** The first real name set on an account copies the
answers saved under the account's name to the new name (and says how many);
the old file is kept. Switching between two real names copies nothing and says
whose answers are shown.

>>> name_key("  Ana   LÓPEZ ") == name_key("ana lópez")
True
>>> student_file_name("Лена Смирнова")
'lena-smirnova-1a8c91088f.jsonl'
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import time
import unicodedata
from pathlib import Path

#: Environment variable naming the student (else the hub or computer user).
STUDENT_ENV = "MEDIALIT_STUDENT"
#: Set by JupyterHub in every user's server: the hub's user name.
HUB_ENV = "JUPYTERHUB_USER"
#: Account names shared by many people: lesson 00 asks for a real name instead.
GENERIC_ACCOUNTS = frozenset({
    "root", "jovyan", "user", "users", "student", "students", "admin", "administrator", "guest", "ubuntu",
    "debian", "pi", "vagrant", "codespace", "codespaces", "runner", "nobody", "default", "jupyter",
    "binder", "colab", "kaggle", "docker", "ec2-user", "azureuser", "app", "lab", "pupil", "learner",
    "class", "classroom", "teacher", "instructor", "test", "demo", "owner", "home", "public", "shared",
})
_MAX_NAME = 200

_student: str | None = None       # set_student() in this kernel
_student_id: str | None = None


def name_key(name: str) -> str:
    """The form of a name used for every comparison: NFC, case-folded, whitespace collapsed.

    Raises ``ValueError`` when nothing but spaces is left, ``TypeError`` for non-text.

    >>> name_key("Ana López") == name_key("ana  lópez ") == name_key("ANA LO\\u0301PEZ")
    True
    >>> name_key("Léa Martin") == name_key("Lía Martin")
    False
    >>> name_key("ЛЕНА Смирнова")
    'лена смирнова'
    """
    if not isinstance(name, str):
        raise TypeError(f"A student name must be text, like set_student('Ana López'); got {type(name).__name__}")
    text = unicodedata.normalize("NFC", repair_text(name))
    key = unicodedata.normalize("NFC", " ".join(text.casefold().split()))
    if not key:
        raise ValueError("A student name cannot be empty. Type your name as you want your teacher to see it, "
                         "for example set_student('Ana López').")
    return key


def repair_text(text: str) -> str:
    """``text`` with broken characters (lone UTF-16 surrogates, as pasted from some web pages) made ``�``.

    >>> repair_text("emoji \\ud83d!")
    'emoji �!'
    >>> repair_text("pair \\ud83d\\ude00")
    'pair 😀'
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _slug(key: str) -> str:
    from anyascii import anyascii

    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(key).lower()).strip("-")
    return slug[:40].strip("-") or "student"


def student_file_name(name: str, n: int = 1) -> str:
    """The file name of a student's answers: a readable slug and a hash of :func:`name_key`.

    ``n`` > 1 gives the next free name in the (never seen) case of two keys sharing a hash.

    >>> student_file_name("Zoë Müller"), student_file_name("zoë  MÜLLER")
    ('zoe-muller-89c0bda8bc.jsonl', 'zoe-muller-89c0bda8bc.jsonl')
    >>> student_file_name("Léa Martin") != student_file_name("Lía Martin")
    True
    """
    key = name_key(name)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
    return f"{_slug(key)}-{digest}{'' if n == 1 else f'-{n}'}.jsonl"


def check_name(name) -> str:
    """``name`` as it will be stored (outer spaces removed, broken characters repaired), or a ValueError."""
    if not isinstance(name, str):
        raise ValueError(f"A student name must be text in quotes, like set_student('Ana López'); got {name!r}")
    name = unicodedata.normalize("NFC", repair_text(name)).strip()
    name_key(name)
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise ValueError(f"A student name must be on one line, without tabs or line breaks; got {name!r}")
    if len(name) > _MAX_NAME:
        raise ValueError(f"A student name can have at most {_MAX_NAME} characters; this one has {len(name)}.")
    return name


# -- the default student --------------------------------------------------------------------------
def _os_user() -> str:
    try:
        return getpass.getuser() or "student"
    except Exception:  # no user name available (some containers)
        return "student"


def account() -> str:
    """The computer or hub account: ``$MEDIALIT_STUDENT``, else ``$JUPYTERHUB_USER``, else the OS user.

    >>> isinstance(account(), str)
    True
    """
    for env in (STUDENT_ENV, HUB_ENV):
        value = os.environ.get(env, "").strip()
        if value:
            try:
                return check_name(value)
            except ValueError:
                continue
    return _os_user()


def is_generic(name: str) -> bool:
    """True for account names many people share (``root``, ``jovyan``, ``user`` ...).

    >>> is_generic("jovyan"), is_generic("Priya Shah")
    (True, False)
    """
    try:
        return name_key(name) in GENERIC_ACCOUNTS
    except (TypeError, ValueError):
        return True


def _names_file(acct: str | None = None) -> Path:
    from .answerlog import progress_dir

    return progress_dir() / "names" / (student_file_name(acct or account())[:-len(".jsonl")] + ".json")


_saved_cache: dict[str, tuple] = {}


def saved_name(acct: str | None = None) -> dict:
    """What ``set_student`` saved for this account: ``{"name", "student_id", "carried"}`` (each optional)."""
    path = _names_file(acct)
    try:
        st = path.stat()
    except OSError:
        return {}
    stamp = (st.st_mtime_ns, st.st_size)
    hit = _saved_cache.get(str(path))
    if hit and hit[0] == stamp:
        return hit[1]
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc = doc if isinstance(doc, dict) else {}
    except (OSError, ValueError):
        doc = {}
    try:
        check_name(doc.get("name"))
    except ValueError:
        doc.pop("name", None)
    _saved_cache[str(path)] = (stamp, doc)
    return doc


def _save_name(doc: dict | None, acct: str) -> None:
    path = _names_file(acct)
    if doc is None:
        try:
            path.unlink()
        except OSError:
            pass
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def current_student() -> str:
    """The student whose answers are saved now, as typed (see the module documentation for the order).

    >>> isinstance(current_student(), str)
    True
    """
    return _student or saved_name().get("name") or account()


def current_student_id() -> str | None:
    """The student id given to ``set_student`` (a roster id or e-mail handle), else ``None``."""
    if _student:
        return _student_id
    return saved_name().get("student_id") or None


def identity() -> dict:
    """The fields every saved answer and every submission carries: ``student``, ``student_key``, ``student_id``.

    >>> sorted(identity())
    ['student', 'student_id', 'student_key']
    """
    name = current_student()
    return {"student": name, "student_key": name_key(name), "student_id": current_student_id()}


def needs_name() -> bool:
    """True when answers would be saved under a shared account name (lesson 00 then asks for a name)."""
    return not _student and not saved_name().get("name") and is_generic(account())


# -- setting the name -----------------------------------------------------------------------------
def set_student(name: str | None, student_id: str | None = None) -> str:
    """Save answers under this name from now on (in every lesson on this account); return the name.

    ``student_id`` is optional: a roster number or e-mail handle your teacher asked for; it is
    kept with every answer and in the submission. ``set_student(None)`` goes back to the
    account's own name. The first real name set after answering under the account's name
    (``jovyan``, ``root`` ...) copies those answers to the new name and says how many; the old
    file is kept. Raises ``ValueError`` for an empty name (with an example of a good one).

    >>> set_student("Ada Lovelace", student_id="al-1815")  # doctest: +ELLIPSIS
    Now answering as Ada Lovelace (id al-1815)...
    'Ada Lovelace'
    >>> set_student("   ")
    Traceback (most recent call last):
    ...
    ValueError: A student name cannot be empty. Type your name as you want your teacher to see it, for example set_student('Ana López').
    >>> _ = set_student(None)  # back to the account's name
    """
    global _student, _student_id
    from . import answerlog

    acct = account()
    if name is None:  # answers already carried from the account stay carried: never copied twice
        _student, _student_id = None, None
        carried = saved_name(acct).get("carried") or []
        _save_name({"account": acct, "carried": carried} if carried else None, acct)
        return current_student()
    name = check_name(name)
    if student_id is not None:
        if not isinstance(student_id, str) or not student_id.strip():
            raise ValueError(f"A student id must be text, like student_id='s1234'; got {student_id!r}")
        student_id = repair_text(student_id).strip()
    before, before_is_default = current_student(), not _student and not saved_name(acct).get("name")
    saved = dict(saved_name(acct))
    carried_ids = set(saved.get("carried", []))
    message = ""
    if name_key(name) == name_key(before) and not before_is_default:
        message = f"Still answering as {name}."
    elif before_is_default and name_key(name) != name_key(acct):
        moved, ids = answerlog.carry_over(acct, name, student_id, skip=carried_ids)
        carried_ids |= ids
        message = (f"Now answering as {name}{_id_note(student_id)}. " +
                   (f"Your {moved} earlier answer{'s' if moved != 1 else ''} saved under {acct!r} "
                    f"{'were' if moved != 1 else 'was'} copied to your name; the file under {acct!r} is kept."
                    if moved else f"Nothing was saved under {acct!r} before, so nothing was copied."))
    else:
        n = len(answerlog.student_log(name).read())
        message = (f"Now answering as {name}{_id_note(student_id)}: answers, progress and hand-in are "
                   f"{name}'s from now on ({n} saved so far). {before}'s answers stay in their own file; "
                   "nothing was copied or moved.")
    _student, _student_id = name, student_id
    _save_name({"name": name, "student_id": student_id, "account": acct, "set": time.strftime(
        "%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "carried": sorted(carried_ids)}, acct)
    print(message)
    return name


def _id_note(student_id) -> str:
    return f" (id {student_id})" if student_id else ""
