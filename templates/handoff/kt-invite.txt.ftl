Hi,

The knowledge transfer for ${account.name} is scheduled for ${when}.

We will walk through the customer's goals, success criteria, technical environment, stakeholders and risks from the hand-off doc.

The invite is attached.

-- Baton, for ${scheduledByName}
