"""The vault's identity (age key + signing key) and the contacts it sends bundles to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidencevault.bundle import agefile
from evidencevault.crypto import signing
from evidencevault.domain.errors import InvalidInput, NotFound
from evidencevault.services.vault import VaultSession
from evidencevault.storage.bundles import BundleRepository, Contact

_FINGERPRINT = re.compile(r"[0-9a-f]{4}( [0-9a-f]{4}){7}")


@dataclass(frozen=True)
class VaultIdentity:
    recipient: str            # age1…: what others encrypt bundles to
    fingerprint: str          # of the Ed25519 key that signs this vault's bundles and log
    signing_public_key: str   # hex


def normalise_fingerprint(text: str) -> str:
    """Accept the fingerprint with or without spaces, any case; '' stays ''."""
    compact = re.sub(r"\s+", "", text).lower()
    if not compact:
        return ""
    grouped = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    if not _FINGERPRINT.fullmatch(grouped):
        raise InvalidInput(field="fingerprint", problem="a fingerprint is 32 hexadecimal digits")
    return grouped


class ContactService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._repo = BundleRepository(session.db)

    # -- the vault's identity --------------------------------------------------
    def identity(self) -> VaultIdentity:
        """This vault's age recipient and signing fingerprint (the age key is made on first use)."""
        _secret, recipient = self._age_identity()
        public = self._session.audit.public_key
        return VaultIdentity(recipient, signing.fingerprint(public), public.hex())

    def age_identity_secret(self) -> str:
        """The AGE-SECRET-KEY-1… of this vault (for decrypting bundles sent to it)."""
        return self._age_identity()[0]

    def _age_identity(self) -> tuple[str, str]:
        found = self._repo.age_identity()
        if found is not None:
            return found
        with self._session.db.transaction():
            found = self._repo.age_identity()
            if found is None:
                identity, recipient = agefile.new_identity()
                self._repo.save_age_identity(identity, recipient)
                self._session.audit.append("identity.create", "vault", self._session.vault_id,
                                           details={"recipient": recipient})
                found = (identity, recipient)
        return found

    # -- contacts --------------------------------------------------------------
    def add_contact(self, name: str, recipient: str, fingerprint: str = "",
                    verified: bool = False, note: str = "") -> Contact:
        name = name.strip()
        if not name or len(name) > 200:
            raise InvalidInput(field="name", problem="give a name of 1 to 200 characters")
        recipient = str(agefile.parse_recipient(recipient))
        fingerprint = normalise_fingerprint(fingerprint)
        if verified and not fingerprint:
            raise InvalidInput(field="fingerprint",
                               problem="a contact can only be marked verified with its fingerprint")
        with self._session.db.transaction():
            if self._repo.contact_by_recipient(recipient) is not None:
                raise InvalidInput(field="recipient", problem="a contact already has this age1… key")
            contact = (self._repo.restore_contact(recipient, name, fingerprint, verified, note)
                       or self._repo.add_contact(name, recipient, fingerprint, verified, note))
            self._session.audit.append("contact.add", "contact", contact.id,
                                       details={"recipient": recipient, "verified": verified})
        return contact

    def mark_verified(self, recipient: str, verified: bool = True) -> Contact:
        contact = self._repo.contact_by_recipient(recipient.strip())
        if contact is None:
            raise NotFound(kind="contact", ref=recipient.strip()[:80])
        if verified and not contact.fingerprint:
            raise InvalidInput(field="fingerprint",
                               problem="a contact can only be marked verified with its fingerprint")
        with self._session.db.transaction():
            self._repo.set_verified(contact.id, verified)
            self._session.audit.append("contact.verify", "contact", contact.id,
                                       details={"verified": verified})
        return self._repo.contact(contact.id)

    def remove_contact(self, recipient: str) -> None:
        """Forget a contact (bundles already imported from them keep their provenance)."""
        contact = self._repo.contact_by_recipient(recipient.strip())
        if contact is None:
            raise NotFound(kind="contact", ref=recipient.strip()[:80])
        with self._session.db.transaction():
            self._repo.remove_contact(contact.id)
            self._session.audit.append("contact.remove", "contact", contact.id,
                                       details={"recipient": contact.recipient})

    def list_contacts(self) -> list[Contact]:
        return self._repo.contacts()

    def by_fingerprint(self, fingerprint: str) -> Contact | None:
        return self._repo.contact_by_fingerprint(fingerprint)

    def by_recipient(self, recipient: str) -> Contact | None:
        return self._repo.contact_by_recipient(recipient.strip())
