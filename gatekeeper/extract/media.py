"""Probe video and audio with PyAV: duration, streams, and whether frames really decode."""

from __future__ import annotations

from typing import IO

from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import MediaInfo, Problem

FRAMES_TO_DECODE = 3
ENDING_AT = 0.8  # where to look for a frame to prove the recording is whole
MIN_SECONDS_FOR_ENDING = 1.0


def read_media(handle: IO[bytes]) -> Partial:
    import av

    handle.seek(0)
    try:
        container = av.open(handle, mode="r", timeout=30)
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        # The file does not open at all (FILE-READ's point as well as the recording's), said in
        # plain words: the library's message goes no further than the chain.
        raise ReadError(
            Problem.CORRUPT,
            "the recording cannot be opened: it is damaged, cut off before its end, or in a "
            "format that needs a special player; ask for a complete, playable copy",
        ) from exc
    try:
        info = MediaInfo(container=container.format.name)
        metadata = {k.lower(): v for k, v in (container.metadata or {}).items()}
        info.title = metadata.get("title")
        info.comment = metadata.get("comment") or metadata.get("description")
        if container.duration is not None:
            info.duration_s = container.duration / 1_000_000
        video = next(iter(container.streams.video), None)
        audio = next(iter(container.streams.audio), None)
        if video is not None:
            info.video_codec = video.codec_context.name
            info.width = video.codec_context.width
            info.height = video.codec_context.height
        if audio is not None:
            info.audio_codec = audio.codec_context.name
        if video is None and audio is None:
            raise ReadError(Problem.NOT_PLAYABLE, "the file has no video or audio stream")
        _decode_some(container, video, audio, info)
        if info.duration_s and info.duration_s >= MIN_SECONDS_FOR_ENDING:
            info.ending_decodes = _decodes_near_end(container, video or audio, info.duration_s)
        if info.duration_s is None:
            stream = video or audio
            if stream is not None and stream.duration is not None and stream.time_base is not None:
                info.duration_s = float(stream.duration * stream.time_base)
    finally:
        container.close()
    partial = Partial(media=info, metadata_title=info.title)
    if info.ending_decodes is False and (info.video_frames_decoded or info.audio_frames_decoded):
        partial.partial_problem = (
            Problem.NOT_PLAYABLE,
            "the recording plays at first but is cut off or damaged before its end: ask for a "
            "complete copy",
        )
    elif not info.playable:
        partial.partial_problem = (
            Problem.NOT_PLAYABLE,
            "the recording opens but no picture or sound could be decoded: it will not play",
        )
    return partial


def _decodes_near_end(container: object, stream: object, duration_s: float) -> bool:
    """Seek most of the way in and decode one frame: a cut-off file has nothing there."""
    import av

    try:
        container.seek(int(duration_s * ENDING_AT * 1_000_000))  # type: ignore[attr-defined]
        for packet in container.demux(stream):  # type: ignore[attr-defined]
            for _ in packet.decode():
                return True
    except (av.error.FFmpegError, ValueError):
        return False
    return False


def _decode_some(container: object, video: object, audio: object, info: MediaInfo) -> None:
    import av

    streams = [s for s in (video, audio) if s is not None]
    try:
        for packet in container.demux(streams):  # type: ignore[attr-defined]
            for frame in packet.decode():
                if isinstance(frame, av.VideoFrame):
                    info.video_frames_decoded += 1
                else:
                    info.audio_frames_decoded += 1
            video_done = video is None or info.video_frames_decoded >= FRAMES_TO_DECODE
            audio_done = audio is None or info.audio_frames_decoded >= FRAMES_TO_DECODE
            if video_done and audio_done:
                return
    except (av.error.FFmpegError, ValueError) as exc:
        if info.video_frames_decoded == 0 and info.audio_frames_decoded == 0:
            raise ReadError(
                Problem.NOT_PLAYABLE, "the recording opens but its frames do not decode"
            ) from exc
