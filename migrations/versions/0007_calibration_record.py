"""a recalibrated bank version records how it was made (issue 18)

``item_param_history.calibration`` (jsonb, NULL for imported parameters and older rows) holds,
for a row written by accepting a calibration: the method (free calibration with mean/mean link
to the bank, free on the sample's scale, or fixed anchors), the model, the priors, the anchors
(item codes) and the anchors released by the drift check, the estimated ability distribution,
the link constants, the quadrature, the EM iterations and convergence, and when it was run.
The table's row-level policies and grants cover the new column (admins write, staff read).

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE public.item_param_history ADD COLUMN calibration jsonb;
ALTER TABLE public.item_param_history ADD CONSTRAINT ck_item_param_history_calibration_object
    CHECK (calibration IS NULL OR pg_catalog.jsonb_typeof(calibration) = 'object');
COMMENT ON COLUMN public.item_param_history.calibration IS
    'How a calibrated version was made: method, model, priors, anchors, released anchors, link, distribution';
"""

DOWNGRADE = r"""
ALTER TABLE public.item_param_history DROP CONSTRAINT ck_item_param_history_calibration_object;
ALTER TABLE public.item_param_history DROP COLUMN calibration;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
