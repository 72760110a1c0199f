"""Every change made in the window is a `QUndoCommand` on the one undo stack.

- `base`: `ServiceCommand` (the base of every command) and `CommandRunner`;
- `rows`: create, change and delete one row of any kind (snapshots for undo);
- `prestations`: prestations, moves and the Pluxee correction list;
- `planning`: generation, the week review, ending a schedule;
- `vouchers`: the split editor, the switch-over and the ironing workshop;
- `settings`: company settings and yearly rules.
"""
