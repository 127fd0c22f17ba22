"""An encrypted PDF that the environment cannot decrypt is reported as such, not as corrupt."""

import io

import pypdf._encryption
from pypdf import PdfReader, PdfWriter
from pypdf._crypt_providers import _fallback

from {{ cookiecutter.package_name }}.ingestion.pdf_parsing import DocumentStatus, parse_pdf

from tests import pdf_factory


def test_an_aes_pdf_without_the_cryptography_package_says_what_to_install(monkeypatch):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_factory.text_pdf(["Open text."]))))
    # An owner password only: any reader opens it, given an AES implementation.
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    content = io.BytesIO()
    writer.write(content)
    # pypdf's providers without the cryptography package (pypdf/_crypt_providers/__init__.py).
    for name in ("aes_cbc_decrypt", "aes_cbc_encrypt", "aes_ecb_decrypt", "aes_ecb_encrypt"):
        monkeypatch.setattr(pypdf._encryption, name, getattr(_fallback, name))
    monkeypatch.setattr(pypdf._encryption, "CryptAES", _fallback.CryptAES)

    parsed = parse_pdf(content.getvalue())

    assert parsed.status == DocumentStatus.ENCRYPTED
    assert "install the cryptography package where ingestion runs" in parsed.reason
