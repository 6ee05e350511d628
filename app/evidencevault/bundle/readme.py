"""README.txt: how anyone can check a bundle by hand with standard tools."""

from __future__ import annotations

README = """\
Evidence Vault bundle: how to check it by hand
===============================================

These files came out of an encrypted bundle made by Evidence Vault (format
evidence-vault-bundle/1). You can check, without Evidence Vault and without
a network, that nothing in it changed since the sender signed it. You need
the age tool (https://age-encryption.org), tar, sha256sum and OpenSSL 3.

1. Decrypt and unpack the bundle (you did this already if you are reading
   this file). With your age key file, or with the passphrase you were given:

     age -d -i my-key.txt -o bundle.tar BUNDLE.evb
     age -d -o bundle.tar BUNDLE.evb            (asks for the passphrase)
     mkdir bundle && tar -xf bundle.tar -C bundle && cd bundle

2. Check the sender's signature on manifest.json:

     openssl pkeyutl -verify -pubin -inkey signer.pub -rawin \\
             -in manifest.json -sigfile manifest.sig

   It must print "Signature Verified Successfully".

3. Check that the signing key is really the sender's. Print its fingerprint:

     openssl pkey -pubin -in signer.pub -outform DER | tail -c 32 | sha256sum

   Its first 32 hex digits must equal the "fingerprint" in manifest.json
   (written there in groups of four) AND the fingerprint the sender gave you
   in person or by phone. A signature only proves who signed if you know the
   key belongs to them.

4. Check that SHA256SUMS is the list the manifest signed:

     sha256sum SHA256SUMS
     grep -o '"sums_sha256":"[0-9a-f]*"' manifest.json

   The two hashes must be equal.

5. Check every file:

     sha256sum -c SHA256SUMS

   Every line must end in "OK".

What else is in here
--------------------
manifest.json  every file's size and SHA-256, the SHA-256 taken when the file
               first entered the vault ("acquisition_sha256") and when
               ("intake_at"); for an original both hashes are equal. Also
               the sender's audit-log checkpoint: the log's length ("seq") and
               head hash, signed by the same key.
audit.jsonl    the sender's audit-log entries about these items, one JSON
               object per line, each with its hash and the previous entry's.
files/         the evidence files themselves.

Evidence Vault checks all of this itself:  evidence-vault bundle verify BUNDLE.evb
"""


def readme_bytes() -> bytes:
    return README.encode("utf-8")
