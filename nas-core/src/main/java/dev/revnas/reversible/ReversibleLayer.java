package dev.revnas.reversible;

import dev.revnas.ops.Op;
import dev.revnas.ops.Param;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One multi-split reversible layer (design §2): n coupling functions F_1..F_n, where F_i
 * maps u_i (the other n−1 chunks, [rows, (n−1)·w]) to a [rows, w] update of chunk i.
 */
public final class ReversibleLayer {
    private final List<Op> couplings;

    public ReversibleLayer(List<Op> couplings) {
        if (couplings.size() < 2) {
            throw new dev.revnas.InvalidInputException("a reversible layer needs at least 2 splits, got " + couplings.size());
        }
        this.couplings = List.copyOf(couplings);
    }

    public int splits() {
        return couplings.size();
    }

    public Op coupling(int i) {
        return couplings.get(i);
    }

    public List<Param> params() {
        LinkedHashSet<Param> all = new LinkedHashSet<>();
        couplings.forEach(c -> all.addAll(c.params()));
        return new ArrayList<>(all);
    }
}
