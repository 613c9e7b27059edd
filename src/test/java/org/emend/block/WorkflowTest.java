package org.emend.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.emend.failure.Failure;
import org.emend.users.Actor;
import org.junit.jupiter.api.Test;

/** The correction workflow, raw → corrected → verified by someone else, without the application around it. */
class WorkflowTest {

    private static final Actor EDITOR = new Actor(UUID.randomUUID(), null, "editor", false, true);
    private static final Actor OTHER_EDITOR = new Actor(UUID.randomUUID(), null, "other", false, true);
    private static final Actor ADMIN = new Actor(UUID.randomUUID(), null, "admin", true, true);

    @Test
    void shouldCorrectABlockWhoseTextChanged() {
        assertThat(Workflow.next(BlockStatus.RAW, null, true, EDITOR, null)).isEqualTo(BlockStatus.CORRECTED);
        assertThat(Workflow.next(BlockStatus.VERIFIED, null, true, EDITOR, OTHER_EDITOR)).isEqualTo(BlockStatus.CORRECTED);
        assertThat(Workflow.next(BlockStatus.RAW, null, false, EDITOR, null)).isEqualTo(BlockStatus.RAW);
    }

    @Test
    void shouldLetOnlyAnotherEditorVerify() {
        assertThat(Workflow.next(BlockStatus.CORRECTED, BlockStatus.VERIFIED, false, OTHER_EDITOR, EDITOR))
                .isEqualTo(BlockStatus.VERIFIED);
        assertThatThrownBy(() -> Workflow.next(BlockStatus.CORRECTED, BlockStatus.VERIFIED, false, EDITOR, EDITOR))
                .isInstanceOf(Failure.class).hasMessageContaining("another editor verifies it");
        // Changing the text and verifying it at once is one's own change too
        assertThatThrownBy(() -> Workflow.next(BlockStatus.CORRECTED, BlockStatus.VERIFIED, true, OTHER_EDITOR, EDITOR))
                .isInstanceOf(Failure.class);
        assertThat(Workflow.next(BlockStatus.CORRECTED, BlockStatus.VERIFIED, false, ADMIN, ADMIN))
                .isEqualTo(BlockStatus.VERIFIED);
        assertThatThrownBy(() -> Workflow.next(BlockStatus.CORRECTED, BlockStatus.VERIFIED, false, Actor.ANONYMOUS, EDITOR))
                .isInstanceOf(Failure.class).hasMessageContaining("signed-in editor");
    }

    @Test
    void shouldLetOnlyAnAdminSetABlockBackToRaw() {
        assertThat(Workflow.next(BlockStatus.CORRECTED, BlockStatus.RAW, false, ADMIN, EDITOR)).isEqualTo(BlockStatus.RAW);
        assertThatThrownBy(() -> Workflow.next(BlockStatus.CORRECTED, BlockStatus.RAW, false, EDITOR, EDITOR))
                .isInstanceOf(Failure.class).hasMessage("Only an admin sets a block back to raw");
    }

    @Test
    void shouldSendAVerifiedBlockAMechanicalEditChangedBackToCorrection() {
        assertThat(Workflow.afterMechanicalEdit(BlockStatus.VERIFIED, true)).isEqualTo(BlockStatus.CORRECTED);
        assertThat(Workflow.afterMechanicalEdit(BlockStatus.RAW, true)).isEqualTo(BlockStatus.RAW);
        assertThat(Workflow.afterMechanicalEdit(BlockStatus.VERIFIED, false)).isEqualTo(BlockStatus.VERIFIED);
    }
}
