package dev.baton.renewal;

/** The five drivers of a renewal's health, each rated with a note in the assessment. */
public enum Driver {
    UTILISATION("utilisation", "Utilisation"),
    FEATURE_ADOPTION("feature_adoption", "Feature adoption"),
    ENGAGEMENT("engagement", "Engagement"),
    VERSION_CURRENCY("version_currency", "Version currency"),
    RELATIONSHIPS("relationships", "Relationships");

    private final String code;
    private final String label;

    Driver(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
