"""core schema: people, classes, enrollments, item bank, exams, sessions, attempts, audit log

Hand-checked after autogenerate; plain SQL below adds the item_stats trigger and the
append-only guard of audit_log.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 11:29:18.824699
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# Per-item aggregates maintained in the same transaction that records, corrects or deletes an
# attempt, so item difficulty statistics never scan the attempts table.
ITEM_STATS_SQL = """
CREATE FUNCTION item_stats_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE item_stats SET
            n_attempts = n_attempts - 1,
            n_correct = n_correct - OLD.correct::int,
            n_timed = n_timed - (OLD.response_time_ms IS NOT NULL)::int,
            sum_response_time_ms = sum_response_time_ms - coalesce(OLD.response_time_ms, 0)
        WHERE item_id = OLD.item_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO item_stats AS s (item_id, n_attempts, n_correct, n_timed, sum_response_time_ms)
        VALUES (NEW.item_id, 1, NEW.correct::int, (NEW.response_time_ms IS NOT NULL)::int,
                coalesce(NEW.response_time_ms, 0))
        ON CONFLICT (item_id) DO UPDATE SET
            n_attempts = s.n_attempts + 1,
            n_correct = s.n_correct + EXCLUDED.n_correct,
            n_timed = s.n_timed + EXCLUDED.n_timed,
            sum_response_time_ms = s.sum_response_time_ms + EXCLUDED.sum_response_time_ms;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_attempts_item_stats
    AFTER INSERT OR DELETE OR UPDATE OF item_id, correct, response_time_ms ON attempts
    FOR EACH ROW EXECUTE FUNCTION item_stats_apply();
"""

AUDIT_GUARD_SQL = """
CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER trg_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER trg_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
"""



def upgrade() -> None:
    op.create_table('items',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=50), nullable=False),
    sa.Column('grade', sa.SmallInteger(), nullable=True),
    sa.Column('strand', sa.String(length=50), nullable=True),
    sa.Column('model', sa.String(length=3), server_default='3PL', nullable=False),
    sa.Column('a', sa.Float(), server_default='1', nullable=False),
    sa.Column('b', sa.Float(), server_default='0', nullable=False),
    sa.Column('c', sa.Float(), server_default='0', nullable=False),
    sa.Column('stem', sa.Text(), server_default='', nullable=False),
    sa.Column('choices', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('status', sa.String(length=10), server_default='active', nullable=False),
    sa.Column('content_version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('bank_version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("jsonb_typeof(choices) = 'array'", name=op.f('ck_items_choices_array')),
    sa.CheckConstraint("model IN ('1PL', '2PL', '3PL')", name=op.f('ck_items_model')),
    sa.CheckConstraint("status IN ('active', 'retired')", name=op.f('ck_items_status')),
    sa.CheckConstraint('a > 0 AND a <= 10', name=op.f('ck_items_a_range')),
    sa.CheckConstraint('b BETWEEN -10 AND 10', name=op.f('ck_items_b_range')),
    sa.CheckConstraint('c >= 0 AND c < 1', name=op.f('ck_items_c_range')),
    sa.CheckConstraint('grade BETWEEN 1 AND 12', name=op.f('ck_items_grade_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_items')),
    sa.UniqueConstraint('code', name=op.f('uq_items_code'))
    )
    op.create_index('ix_items_subject_status_b', 'items', ['subject', 'status', 'b'], unique=False)
    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=20), server_default='school', nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('meta', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("type IN ('school', 'academy', 'district', 'institute', 'other')", name=op.f('ck_organizations_type')),
    sa.CheckConstraint('length(btrim(name)) > 0', name=op.f('ck_organizations_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('name', name=op.f('uq_organizations_name'))
    )
    op.create_table('item_keys',
    sa.Column('item_id', sa.BigInteger(), nullable=False),
    sa.Column('correct_choice', sa.SmallInteger(), nullable=False),
    sa.CheckConstraint('correct_choice BETWEEN 1 AND 10', name=op.f('ck_item_keys_choice_range')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_item_keys_item_id_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_item_keys'))
    )
    op.create_table('item_param_history',
    sa.Column('item_id', sa.BigInteger(), nullable=False),
    sa.Column('bank_version', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=3), nullable=False),
    sa.Column('a', sa.Float(), nullable=False),
    sa.Column('b', sa.Float(), nullable=False),
    sa.Column('c', sa.Float(), nullable=False),
    sa.Column('se_a', sa.Float(), nullable=True),
    sa.Column('se_b', sa.Float(), nullable=True),
    sa.Column('se_c', sa.Float(), nullable=True),
    sa.Column('fit', sa.Float(), nullable=True),
    sa.Column('source', sa.String(length=40), server_default='import', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_item_param_history_item_id_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', 'bank_version', name=op.f('pk_item_param_history'))
    )
    op.create_table('item_stats',
    sa.Column('item_id', sa.BigInteger(), nullable=False),
    sa.Column('n_attempts', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('n_correct', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('n_timed', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('sum_response_time_ms', sa.BigInteger(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_item_stats_item_id_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_item_stats'))
    )
    op.create_index('ix_item_stats_n_attempts', 'item_stats', ['n_attempts'], unique=False)
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=64), nullable=True),
    sa.Column('password_salt', sa.String(length=64), nullable=True),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("email = lower(email) AND email LIKE '%%_@_%%'", name=op.f('ck_users_email_format')),
    sa.CheckConstraint("role IN ('admin', 'teacher', 'student')", name=op.f('ck_users_role')),
    sa.CheckConstraint('length(btrim(name)) > 0', name=op.f('ck_users_name_not_blank')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_users_organization_id_organizations'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_index('ix_users_organization_id_role_name', 'users', ['organization_id', 'role', 'name'], unique=False)
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('client_addr', postgresql.INET(), server_default=sa.text('inet_client_addr()'), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.String(length=80), nullable=True),
    sa.Column('affected_user_ids', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('details', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_index('ix_audit_log_at', 'audit_log', ['at'], unique=False)
    op.create_index('ix_audit_log_organization_id_at', 'audit_log', ['organization_id', 'at'], unique=False)
    op.create_table('students',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('grade', sa.SmallInteger(), nullable=False),
    sa.Column('student_number', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('grade BETWEEN 1 AND 12', name=op.f('ck_students_grade_range')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_students_organization_id_organizations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_students_user_id_users'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_students')),
    sa.UniqueConstraint('organization_id', 'student_number', name=op.f('uq_students_organization_id_student_number')),
    sa.UniqueConstraint('user_id', name=op.f('uq_students_user_id'))
    )
    op.create_index(op.f('ix_students_organization_id_grade'), 'students', ['organization_id', 'grade'], unique=False)
    op.create_table('teachers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=50), nullable=True),
    sa.Column('meta', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_teachers_organization_id_organizations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_teachers_user_id_users'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teachers')),
    sa.UniqueConstraint('user_id', name=op.f('uq_teachers_user_id'))
    )
    op.create_index(op.f('ix_teachers_organization_id'), 'teachers', ['organization_id'], unique=False)
    op.create_table('classes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('subject', sa.String(length=50), nullable=True),
    sa.Column('grade', sa.SmallInteger(), nullable=False),
    sa.Column('school_year', sa.SmallInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('grade BETWEEN 1 AND 12', name=op.f('ck_classes_grade_range')),
    sa.CheckConstraint('length(btrim(name)) > 0', name=op.f('ck_classes_name_not_blank')),
    sa.CheckConstraint('school_year BETWEEN 2000 AND 2100', name=op.f('ck_classes_school_year_range')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_classes_organization_id_organizations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'], name=op.f('fk_classes_teacher_id_teachers'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classes')),
    sa.UniqueConstraint('organization_id', 'school_year', 'name', name=op.f('uq_classes_organization_id_school_year_name'))
    )
    op.create_index(op.f('ix_classes_teacher_id'), 'classes', ['teacher_id'], unique=False)
    op.create_table('exams',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=50), nullable=False),
    sa.Column('exam_type', sa.String(length=20), server_default='formative', nullable=False),
    sa.Column('cat_config', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('item_filter', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('opens_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closes_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('show_result', sa.String(length=10), server_default='none', nullable=False),
    sa.Column('confirm_answers', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('resume_days', sa.SmallInteger(), server_default='3', nullable=False),
    sa.Column('is_open', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("exam_type IN ('placement', 'practice', 'diagnostic', 'formative', 'midterm', 'final')", name=op.f('ck_exams_exam_type')),
    sa.CheckConstraint("show_result IN ('none', 'score', 'band')", name=op.f('ck_exams_show_result')),
    sa.CheckConstraint('closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at', name=op.f('ck_exams_window')),
    sa.CheckConstraint('length(btrim(title)) > 0', name=op.f('ck_exams_title_not_blank')),
    sa.ForeignKeyConstraint(['class_id'], ['classes.id'], name=op.f('fk_exams_class_id_classes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_exams_created_by_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exams'))
    )
    op.create_index(op.f('ix_exams_class_id'), 'exams', ['class_id'], unique=False)
    op.create_table('student_classroom',
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['classes.id'], name=op.f('fk_student_classroom_class_id_classes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_student_classroom_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('student_id', 'class_id', name=op.f('pk_student_classroom'))
    )
    op.create_index(op.f('ix_student_classroom_class_id'), 'student_classroom', ['class_id'], unique=False)
    op.create_table('exam_sessions',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=True),
    sa.Column('exam_id', sa.Integer(), nullable=True),
    sa.Column('exam_type', sa.String(length=20), server_default='practice', nullable=False),
    sa.Column('status', sa.String(length=12), server_default='in_progress', nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('deadline_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('theta', sa.Float(), nullable=True),
    sa.Column('standard_error', sa.Float(), nullable=True),
    sa.Column('duration_sec', sa.Integer(), nullable=True),
    sa.Column('meta', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("exam_type IN ('placement', 'practice', 'diagnostic', 'formative', 'midterm', 'final')", name=op.f('ck_exam_sessions_exam_type')),
    sa.CheckConstraint("status IN ('in_progress', 'completed', 'suspended', 'terminated')", name=op.f('ck_exam_sessions_status')),
    sa.CheckConstraint('duration_sec IS NULL OR duration_sec >= 0', name=op.f('ck_exam_sessions_duration_nonneg')),
    sa.CheckConstraint('ended_at IS NULL OR ended_at >= started_at', name=op.f('ck_exam_sessions_ended_after_start')),
    sa.CheckConstraint('score IS NULL OR score BETWEEN 0 AND 100', name=op.f('ck_exam_sessions_score_range')),
    sa.CheckConstraint('standard_error IS NULL OR standard_error >= 0', name=op.f('ck_exam_sessions_se_nonneg')),
    sa.ForeignKeyConstraint(['class_id'], ['classes.id'], name=op.f('fk_exam_sessions_class_id_classes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['exam_id'], ['exams.id'], name=op.f('fk_exam_sessions_exam_id_exams'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_exam_sessions_student_id_students'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_sessions'))
    )
    op.create_index('ix_exam_sessions_class_id_status_started_at', 'exam_sessions', ['class_id', 'status', 'started_at'], unique=False)
    op.create_index('ix_exam_sessions_exam_id', 'exam_sessions', ['exam_id'], unique=False)
    op.create_index('ix_exam_sessions_started_at', 'exam_sessions', ['started_at'], unique=False)
    op.create_index('ix_exam_sessions_status', 'exam_sessions', ['status'], unique=False)
    op.create_index('ix_exam_sessions_student_id_started_at', 'exam_sessions', ['student_id', 'started_at'], unique=False)
    op.create_table('attempts',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('exam_session_id', sa.BigInteger(), nullable=False),
    sa.Column('item_id', sa.BigInteger(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('correct', sa.Boolean(), nullable=False),
    sa.Column('selected_choice', sa.SmallInteger(), nullable=True),
    sa.Column('response_time_ms', sa.Integer(), nullable=True),
    sa.Column('client_uuid', sa.UUID(), nullable=True),
    sa.Column('theta_after', sa.Float(), nullable=True),
    sa.Column('se_after', sa.Float(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('meta', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.CheckConstraint('response_time_ms IS NULL OR response_time_ms >= 0', name=op.f('ck_attempts_response_time_nonneg')),
    sa.CheckConstraint('selected_choice IS NULL OR selected_choice BETWEEN 1 AND 10', name=op.f('ck_attempts_choice_range')),
    sa.CheckConstraint('seq >= 1', name=op.f('ck_attempts_seq_positive')),
    sa.ForeignKeyConstraint(['exam_session_id'], ['exam_sessions.id'], name=op.f('fk_attempts_exam_session_id_exam_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_attempts_item_id_items'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_attempts_student_id_students'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attempts')),
    sa.UniqueConstraint('client_uuid', name=op.f('uq_attempts_client_uuid')),
    sa.UniqueConstraint('exam_session_id', 'seq', name=op.f('uq_attempts_exam_session_id_seq'))
    )
    op.create_index(op.f('ix_attempts_item_id'), 'attempts', ['item_id'], unique=False)
    op.create_index(op.f('ix_attempts_student_id'), 'attempts', ['student_id'], unique=False)
    op.execute(ITEM_STATS_SQL)
    op.execute(AUDIT_GUARD_SQL)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_attempts_item_stats ON attempts")
    op.execute("DROP FUNCTION IF EXISTS item_stats_apply()")
    op.execute("DROP TRIGGER IF EXISTS trg_audit_log_append_only ON audit_log")
    op.execute("DROP TRIGGER IF EXISTS trg_audit_log_no_truncate ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    op.drop_index(op.f('ix_attempts_student_id'), table_name='attempts')
    op.drop_index(op.f('ix_attempts_item_id'), table_name='attempts')
    op.drop_table('attempts')
    op.drop_index('ix_exam_sessions_student_id_started_at', table_name='exam_sessions')
    op.drop_index('ix_exam_sessions_status', table_name='exam_sessions')
    op.drop_index('ix_exam_sessions_started_at', table_name='exam_sessions')
    op.drop_index('ix_exam_sessions_exam_id', table_name='exam_sessions')
    op.drop_index('ix_exam_sessions_class_id_status_started_at', table_name='exam_sessions')
    op.drop_table('exam_sessions')
    op.drop_index(op.f('ix_student_classroom_class_id'), table_name='student_classroom')
    op.drop_table('student_classroom')
    op.drop_index(op.f('ix_exams_class_id'), table_name='exams')
    op.drop_table('exams')
    op.drop_index(op.f('ix_classes_teacher_id'), table_name='classes')
    op.drop_table('classes')
    op.drop_index(op.f('ix_teachers_organization_id'), table_name='teachers')
    op.drop_table('teachers')
    op.drop_index(op.f('ix_students_organization_id_grade'), table_name='students')
    op.drop_table('students')
    op.drop_index('ix_audit_log_organization_id_at', table_name='audit_log')
    op.drop_index('ix_audit_log_at', table_name='audit_log')
    op.drop_table('audit_log')
    op.drop_index('ix_users_organization_id_role_name', table_name='users')
    op.drop_table('users')
    op.drop_index('ix_item_stats_n_attempts', table_name='item_stats')
    op.drop_table('item_stats')
    op.drop_table('item_param_history')
    op.drop_table('item_keys')
    op.drop_table('organizations')
    op.drop_index('ix_items_subject_status_b', table_name='items')
    op.drop_table('items')
