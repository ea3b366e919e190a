"""Each format the issue names is read for real: containers, codecs, frames, pages, tables."""

from __future__ import annotations

import pytest

from gatekeeper.demo.writers import (
    write_audio,
    write_docx,
    write_eml,
    write_jpeg,
    write_msg,
    write_pdf,
    write_video,
    write_wav,
    write_xlsx,
)
from gatekeeper.extract import read_document
from gatekeeper.models import FileFormat, Problem


@pytest.mark.parametrize("suffix", [".mp4", ".mov", ".avi", ".wmv", ".mkv"])
def test_video_containers_are_probed_and_decoded(tmp_path, suffix):
    write_video(tmp_path / f"clip{suffix}", 2, audio=True, title="Body worn video")
    result = read_document(str(tmp_path), f"clip{suffix}")
    assert result.format is FileFormat.VIDEO and result.readable
    media = result.media
    assert media is not None and media.has_video and media.has_audio
    assert media.video_frames_decoded > 0 and media.playable
    assert media.duration_s == pytest.approx(2, abs=0.2)
    assert media.title == "Body worn video"


@pytest.mark.parametrize("suffix", [".mp3", ".m4a", ".wav"])
def test_call_recordings_are_probed_and_decoded(tmp_path, suffix):
    path = tmp_path / f"call{suffix}"
    write_wav(path, 2) if suffix == ".wav" else write_audio(path, 2)
    result = read_document(str(tmp_path), path.name)
    assert result.format is FileFormat.AUDIO
    assert result.media is not None and result.media.playable and not result.media.has_video
    assert result.media.duration_s == pytest.approx(2, abs=0.2)


def test_a_cut_off_recording_does_not_play(tmp_path):
    write_video(tmp_path / "cctv.mp4", 3, audio=False)
    data = (tmp_path / "cctv.mp4").read_bytes()
    (tmp_path / "cctv.mp4").write_bytes(data[: len(data) // 3])
    result = read_document(str(tmp_path), "cctv.mp4")
    # it does not open at all: a damaged file (FILE-READ), and a recording that cannot play
    assert result.problem is Problem.CORRUPT and not result.readable
    assert "cannot be opened" in (result.problem_detail or "")
    assert "(" not in (result.problem_detail or "")  # no library message


def test_a_recording_cut_off_after_its_index_plays_at_first_but_is_reported(tmp_path):
    write_video(tmp_path / "bwv.mp4", 6, audio=True, faststart=True, bitrate=400_000)
    whole = read_document(str(tmp_path), "bwv.mp4")
    assert whole.readable and whole.media is not None and whole.media.ending_decodes
    data = (tmp_path / "bwv.mp4").read_bytes()
    (tmp_path / "bwv.mp4").write_bytes(data[: len(data) // 2])
    cut = read_document(str(tmp_path), "bwv.mp4")
    assert cut.media is not None and cut.media.video_frames_decoded > 0
    assert cut.problem is Problem.NOT_PLAYABLE and not cut.media.playable
    assert "cut off" in (cut.problem_detail or "")


def test_pdf_pages_text_and_scanned_pages(tmp_path):
    write_pdf(
        tmp_path / "two pages.pdf", ["# WITNESS STATEMENT", "First page.", "\f", "Second page."]
    )
    result = read_document(str(tmp_path), "two pages.pdf")
    assert result.pages == 2 and result.pages_without_text == 0
    assert "WITNESS STATEMENT" in result.text and "Second page." in result.text


def test_docx_paragraphs_and_tables(tmp_path):
    write_docx(
        tmp_path / "form.docx",
        ["# MG6D", "Intro"],
        table=[["Item", "Description"], ["1", "ISVA form"]],
    )
    result = read_document(str(tmp_path), "form.docx")
    assert result.format is FileFormat.DOCX
    assert result.tables == [[["Item", "Description"], ["1", "ISVA form"]]]
    assert "MG6D" in result.text and "ISVA form" in result.text


def test_xlsx_rows(tmp_path):
    write_xlsx(
        tmp_path / "schedule.xlsx", ["MG6C"], [["Item", "Description"], ["1", "Pocket notebook"]]
    )
    result = read_document(str(tmp_path), "schedule.xlsx")
    assert result.format is FileFormat.XLSX
    assert ["1", "Pocket notebook"] in result.tables[0]


def test_email_and_images(tmp_path):
    write_eml(
        tmp_path / "mail.eml",
        "a@example.org",
        "b@example.org",
        "Samples",
        "Dear DC Shah",
        "Tue, 24 Mar 2026 10:02:00 +0000",
    )
    write_jpeg(tmp_path / "photo.jpg", 3)
    mail = read_document(str(tmp_path), "mail.eml")
    assert (
        mail.format is FileFormat.EMAIL
        and "Subject: Samples" in mail.text
        and "Dear DC Shah" in mail.text
    )
    image = read_document(str(tmp_path), "photo.jpg")
    assert image.format is FileFormat.IMAGE and image.readable and image.sha256


def test_outlook_message(tmp_path):
    write_msg(
        tmp_path / "mail.msg",
        "SARC admin",
        "DC Priya Shah",
        "Samples sent",
        "Dear DC Shah, sent today.",
    )
    result = read_document(str(tmp_path), "mail.msg")
    assert result.format is FileFormat.OUTLOOK_MSG and result.readable
    assert "Subject: Samples sent" in result.text and "Dear DC Shah, sent today." in result.text
    assert "From: SARC admin" in result.text


def test_windows_text_notes_are_text(tmp_path):
    (tmp_path / "notes.txt").write_bytes(
        "Taxi fare £12 paid by the complainant’s friend.\n".encode("cp1252") * 20
    )
    result = read_document(str(tmp_path), "notes.txt")
    assert result.format is FileFormat.TEXT and "£12" in result.text


def test_format_comes_from_content_not_name(tmp_path):
    write_pdf(tmp_path / "looks like a video.mp4", ["# CASE SUMMARY"])
    write_video(tmp_path / "looks like a pdf.pdf", 1, audio=False)
    assert read_document(str(tmp_path), "looks like a video.mp4").format is FileFormat.PDF
    assert read_document(str(tmp_path), "looks like a pdf.pdf").format is FileFormat.VIDEO
