"""How each form of a demonstration case is filled in: the national form's boxes, or plain prose.

The standard style (``Label: value`` lines) lives in ``gatekeeper.demo.content``; ``national`` and
``prose`` here write the same case, knob for knob, the way other forces fill the same forms.
"""
