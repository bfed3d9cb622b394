-- this pack's own scoring helper (a name national also uses)
return { mine = true }
