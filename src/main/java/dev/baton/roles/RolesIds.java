package dev.baton.roles;

/** Every Slack id the roles workflow uses: callback, action and block ids, in one place. */
final class RolesIds {
    public static final String COMMAND = "/roles";
    public static final String MODAL = "roles-contact-modal";
    public static final String ACTION_TAG = "roles-tag-contact";
    public static final String ACTION_EDIT = "roles-edit-contact";
    public static final String ACTION_REMOVE = "roles-remove-contact";
    public static final String ACTION_CONTACT_MENU = "roles-contact-menu";
    public static final String ACTION_OPEN_ACCOUNT = "roles-open-account";
    public static final String ACTION_PAGE = "roles-page";
    public static final String ACTION_PAGE_NEXT = "roles-page-next";
    public static final String FIELD_NAME = "roles-field-name";
    public static final String FIELD_TITLE = "roles-field-title";
    public static final String FIELD_EMAIL = "roles-field-email";
    public static final String FIELD_ROLES = "roles-field-roles";
    public static final String FIELD_INSTANCE_ADMIN = "roles-field-instance-admin";
    public static final String FIELD_TIME_ZONE = "roles-field-time-zone";

    private RolesIds() {
    }
}
