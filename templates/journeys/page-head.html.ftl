<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:Helvetica,Arial,sans-serif;max-width:520px;margin:48px auto;padding:0 16px;color:#222;line-height:1.5}button{font-size:16px;padding:8px 18px;border-radius:4px;border:1px solid #555;background:#fff;cursor:pointer}textarea{width:100%;font:inherit}</style>
</head><body>
