<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:600px">
<p>Hi ${contact.name},</p>
