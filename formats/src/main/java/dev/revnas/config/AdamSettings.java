package dev.revnas.config;

/** Adam's settings, for the weights and for α (design §5); {@code optim.Adam} runs them. */
public record AdamSettings(double lr, double beta1, double beta2, double epsilon, double weightDecay) {
    public AdamSettings {
        Checks.positive("lr", lr);
        Checks.inRange("beta1", beta1, 0, 1);
        Checks.inRange("beta2", beta2, 0, 1);
        Checks.positive("epsilon", epsilon);
        Checks.nonNegative("weightDecay", weightDecay);
    }

    /** Design §5: weights with β 0.9/0.98, ε 1e-9. */
    public static AdamSettings weights(double lr) {
        return new AdamSettings(lr, 0.9, 0.98, 1e-9, 0);
    }

    /** Design §5: α with lr 3e-4, β 0.5/0.999, weight decay 1e-3. */
    public static AdamSettings alphas() {
        return new AdamSettings(3e-4, 0.5, 0.999, 1e-8, 1e-3);
    }
}
