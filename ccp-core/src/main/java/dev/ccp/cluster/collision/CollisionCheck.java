package dev.ccp.cluster.collision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the host resources an environment would claim that another environment already holds. */
public final class CollisionCheck {

    private CollisionCheck() {
    }

    /** Every pair of a claim of {@code ours} and a clashing claim of another environment in {@code theirs}. */
    public static List<Collision> between(List<HostClaim> ours, List<HostClaim> theirs) {
        List<Collision> found = new ArrayList<>();
        for (HostClaim mine : ours) {
            for (HostClaim other : theirs) {
                if (!other.environment().equals(mine.environment()) && mine.clashesWith(other)) {
                    found.add(new Collision(mine, other));
                }
            }
        }
        found.sort(Comparator.comparing(Collision::describe));
        return List.copyOf(found);
    }
}
