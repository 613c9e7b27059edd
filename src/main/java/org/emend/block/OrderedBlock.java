package org.emend.block;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.emend.failure.Failure;
import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.Panache;

/** A block with a place in its article's reading order ({@code ordinal}, from 1, one block to a place). */
@MappedSuperclass
public abstract class OrderedBlock extends TextBlock {

    @Column(nullable = false)
    public Integer ordinal;

    /**
     * Puts the block at the place asked for, refusing one another block of the article holds; without
     * one, a block keeps its place and a new block goes last.
     */
    void placeAt(Integer requested) {
        String entity = Panache.getEntityManager().getMetamodel().entity(Hibernate.getClass(this)).getName();
        if (requested != null) {
            List<UUID> holders = Panache.getEntityManager()
                    .createQuery("select b.id from " + entity + " b where b.article.id = :article and b.ordinal = :ordinal",
                            UUID.class)
                    .setParameter("article", articleId()).setParameter("ordinal", requested).getResultList();
            if (!holders.isEmpty() && !holders.contains(id)) {
                throw Failure.conflict("The article already has a " + kind().name().toLowerCase() + " at ordinal " + requested);
            }
            ordinal = requested;
        } else if (ordinal == null) {
            Integer last = Panache.getEntityManager()
                    .createQuery("select max(b.ordinal) from " + entity + " b where b.article.id = :article", Integer.class)
                    .setParameter("article", articleId()).getSingleResult();
            ordinal = last == null ? 1 : last + 1;
        }
    }
}
