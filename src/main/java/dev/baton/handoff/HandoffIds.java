package dev.baton.handoff;

/** Callback, action and block ids of the hand-off workflow. */
final class HandoffIds {
    static final String COMMAND = "/handoff";
    static final String START_MODAL = "handoff-start-modal";
    static final String ASSIGN_MODAL = "handoff-assign-modal";
    static final String DOC_MODAL = "handoff-doc-modal";
    static final String KT_MODAL = "handoff-kt-modal";
    static final String CLOSE_MODAL = "handoff-close-modal";
    static final String LICENSE_MODAL = "handoff-license-modal";
    static final String EXPAND_MODAL = "handoff-expand-modal";

    static final String ACTION_ASSIGN = "handoff-assign";
    static final String ACTION_DOC = "handoff-doc";
    static final String ACTION_KT = "handoff-kt";
    static final String ACTION_CLOSE = "handoff-close";
    static final String ACTION_LICENSE = "handoff-license";
    static final String ACTION_EXPAND = "handoff-expand";
    static final String ACTION_SHARE = "handoff-share";
    static final String ACTION_OPEN = "handoff-open";
    static final String ACTION_WELCOME_SENT = "handoff-welcome-sent";

    static final String FIELD_NAME = "handoff-name";
    static final String FIELD_CRM_ID = "handoff-crm-id";
    static final String FIELD_SEGMENT = "handoff-segment";
    static final String FIELD_SERVICE_MODEL = "handoff-service-model";
    static final String FIELD_ORDER_TYPE = "handoff-order-type";
    static final String FIELD_DEPLOYMENT = "handoff-deployment";
    static final String FIELD_CLOSE_DATE = "handoff-close-date";
    static final String FIELD_ARR = "handoff-arr";
    static final String FIELD_SEATS = "handoff-seats";
    static final String FIELD_AE = "handoff-ae";
    static final String FIELD_CE = "handoff-ce";
    static final String FIELD_SUPPORT_LEVEL = "handoff-support-level";
    static final String FIELD_SEGMENTATION = "handoff-segmentation";
    static final String FIELD_TA = "handoff-ta";


    private HandoffIds() {
    }
}
